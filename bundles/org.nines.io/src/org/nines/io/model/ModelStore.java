package org.nines.io.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.nines.io.AtomicFiles;
import org.nines.io.xml.SafeXml;
import org.nines.model.NinesPackage;
import org.nines.model.SystemModel;
import org.nines.model.files.ModelFiles;

/**
 * Reads and writes {@code .nines} model files (XMI).
 *
 * <p>Reading is safe against hostile files: DTDs are refused (so no external entities and no entity expansion),
 * nothing but the file itself is ever opened (schema locations and cross-file references are refused), files above
 * {@link #MAX_FILE_BYTES} are rejected before parsing, unknown elements and attributes are errors. Every problem is
 * reported as {@code file:line: element: problem}.
 *
 * <p>Writing is atomic (see {@link AtomicFiles}): a crash at any point leaves the old or the new file complete, and
 * the previous version is kept as {@code name.nines.bak}.
 */
public final class ModelStore {
    /** Largest model file read, in bytes (64 MiB: a 10,000-component model is about 10 MB). */
    public static final long MAX_FILE_BYTES = 64L << 20;
    private static final int MAX_REPORTED_PROBLEMS = 20;

    private ModelStore() {
    }

    /**
     * Reads a model file.
     *
     * @throws ModelFileException with one {@code file:line: element: problem} message per problem found
     */
    public static LoadedModel load(Path file) throws ModelFileException {
        byte[] content = readBounded(file);
        NinesXmiResource resource = newResource(file);
        try (InputStream in = new ByteArrayInputStream(content)) {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(LoadErrors.describe(file, e, resource), e);
        }
        List<String> errors = LoadErrors.describe(file, resource.getErrors());
        if (!errors.isEmpty()) {
            throw new ModelFileException(errors.subList(0, Math.min(errors.size(), MAX_REPORTED_PROBLEMS)), null);
        }
        SystemModel model = rootOf(file, resource);
        SchemaMigrations.standard().migrate(file, model);
        return new LoadedModel(file, model, resource.lines());
    }

    /** Writes the model atomically, keeping the previous version as {@code file.bak}. */
    public static void save(SystemModel model, Path file) throws IOException {
        byte[] content = toBytes(model, file);
        AtomicFiles.write(file, true, out -> out.write(content));
    }

    /**
     * @return the model serialised as UTF-8 XMI, as {@link #save} writes it; the model itself is not modified (a copy
     *         is stamped with the current schema version and written)
     */
    public static byte[] toBytes(SystemModel model, Path file) throws IOException {
        SystemModel copy = EcoreUtil.copy(model);
        copy.setSchemaVersion(ModelFiles.SCHEMA_VERSION);
        NinesXmiResource resource = newResource(file);
        resource.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, saveOptions());
        return out.toByteArray();
    }

    private static byte[] readBounded(Path file) throws ModelFileException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ModelFileException(file + ":0: file is " + (size >> 20) + " MB; Nines model files are limited to "
                        + (MAX_FILE_BYTES >> 20) + " MB. Is this really a Nines model?");
            }
            if (size == 0) {
                throw new ModelFileException(file + ":0: file is empty; a Nines model starts with <nines:SystemModel.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file + ":0: file not found.");
        } catch (IOException e) {
            throw new ModelFileException(file + ":0: cannot read the file: " + e.getMessage());
        }
    }

    private static SystemModel rootOf(Path file, Resource resource) throws ModelFileException {
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof SystemModel model)) {
            String found = resource.getContents().isEmpty() ? "nothing" : resource.getContents().get(0).eClass().getName();
            throw new ModelFileException(file + ":1: root: expected one nines:SystemModel, found " + found + ".");
        }
        return model;
    }

    private static NinesXmiResource newResource(Path file) {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(NinesPackage.eNS_URI, NinesPackage.eINSTANCE);
        resourceSet.setURIConverter(new RefusingUriConverter());
        NinesXmiResource resource = new NinesXmiResource(uri);
        resourceSet.getResources().add(resource);
        return resource;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(SafeXml.PARSER_FEATURES));
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 110);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        return options;
    }

    /** Opens nothing but in-memory streams: any attempt to read another URI (schema location, href) fails. */
    private static final class RefusingUriConverter extends ExtensibleURIConverterImpl {
        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("refused to open " + uri + ": a model file may not refer to other files");
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }
    }
}
