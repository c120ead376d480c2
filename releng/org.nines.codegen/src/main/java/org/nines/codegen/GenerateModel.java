package org.nines.codegen;

import java.io.File;
import java.util.*;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.*;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.*;
import org.eclipse.emf.ecore.*;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.*;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Standalone (no OSGi, no workspace) EMF code generation.
 * Usage: GenerateModel <bundlesDir> <path/to/x.genmodel> [--init <path/to/x.ecore>] [model] [edit] [editor]
 * bundlesDir: folder whose sub-folders are the plug-in projects named in the genmodel's
 *             modelDirectory/editDirectory (e.g. /org.nines.model/src-gen -> bundlesDir/org.nines.model/src-gen).
 */
public class GenerateModel {
  public static void main(String[] args) throws Exception {
    File bundles = new File(args[0]).getCanonicalFile();
    File genModelFile = new File(args[1]).getCanonicalFile();
    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
    long t0 = System.nanoTime();

    // 1. platform:/resource/<project>/... -> <bundlesDir>/<project>/...
    for (File p : Objects.requireNonNull(bundles.listFiles(File::isDirectory))) {
      EcorePlugin.getPlatformResourceMap().put(p.getName(), URI.createFileURI(p.getPath() + "/"));
    }

    // 2. standalone registrations
    ResourceSet rs = new ResourceSetImpl();
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
    rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    rs.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

    int i = rest.indexOf("--init");
    if (i >= 0) {
      File ecore = new File(rest.get(i + 1)).getCanonicalFile();
      rest.remove(i + 1); rest.remove(i);
      createGenModel(rs, ecore, genModelFile);
    }
    if (rest.isEmpty()) rest = List.of("model");

    Resource r = rs.getResource(URI.createFileURI(genModelFile.getPath()), true);
    GenModel genModel = (GenModel) r.getContents().get(0);
    // map every project named in the genmodel (works even if the folder does not exist yet)
    for (String dir : List.of(genModel.getModelDirectory(), nz(genModel.getEditDirectory()), nz(genModel.getEditorDirectory()), nz(genModel.getTestsDirectory()))) {
      if (dir.isEmpty()) continue;
      String project = new org.eclipse.core.runtime.Path(dir).segment(0);
      EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(new File(bundles, project).getPath() + "/"));
    }
    genModel.reconcile();
    genModel.setCanGenerate(true);
    Diagnostic v = genModel.diagnose();
    if (v.getSeverity() == Diagnostic.ERROR) throw new IllegalStateException("invalid genmodel: " + v);

    Generator gen = new Generator();
    gen.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
    gen.setInput(genModel);
    Map<String, String> types = Map.of(
        "model", GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
        "edit", GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE,
        "editor", GenBaseGeneratorAdapter.EDITOR_PROJECT_TYPE,
        "tests", GenBaseGeneratorAdapter.TESTS_PROJECT_TYPE);
    int rc = 0;
    for (String t : rest) {
      Diagnostic d = gen.generate(genModel, types.get(t), new BasicMonitor.Printing(System.out) {
        @Override public void subTask(String name) { /* quiet */ }
      });
      System.out.println("generate " + t + ": " + severity(d));
      if (d.getSeverity() >= Diagnostic.ERROR) { System.err.println(d); rc = 1; }
      else if (d.getSeverity() != Diagnostic.OK) System.out.println(d);
    }
    System.out.printf("done in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    if (rc != 0) throw new IllegalStateException("EMF code generation failed"); // no System.exit: runs inside Maven via exec:java
  }

  static String nz(String s) { return s == null ? "" : s; }

  static String severity(Diagnostic d) {
    return switch (d.getSeverity()) { case Diagnostic.OK -> "OK"; case Diagnostic.INFO -> "INFO"; case Diagnostic.WARNING -> "WARNING"; default -> "ERROR"; };
  }

  /** Create a .genmodel from an .ecore, the same way the Ecore importer would (subset of settings). */
  static void createGenModel(ResourceSet rs, File ecore, File genModelFile) throws Exception {
    Resource er = rs.getResource(URI.createFileURI(ecore.getPath()), true);
    List<EPackage> pkgs = new ArrayList<>();
    for (EObject o : er.getContents()) if (o instanceof EPackage p) pkgs.add(p);
    GenModel gm = GenModelFactory.eINSTANCE.createGenModel();
    Resource gr = rs.createResource(URI.createFileURI(genModelFile.getPath()));
    gr.getContents().add(gm);
    gm.initialize(pkgs);
    gm.getForeignModel().add(ecore.getName());
    gm.setImporterID("org.eclipse.emf.importer.ecore");
    gm.setModelName("Nines");
    gm.setModelPluginID("org.nines.model");
    gm.setModelDirectory("/org.nines.model/src-gen");
    
    gm.setEditDirectory("");
    gm.setEditorDirectory("");   // no editor plug-in
    gm.setTestsDirectory("");
    gm.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
    gm.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
    gm.setOperationReflection(true);
    gm.setImportOrganizing(true);
    gm.setCopyrightFields(false);
    gm.setOSGiCompatible(true);     // org.eclipse.core.runtime becomes an optional Require-Bundle
    for (GenPackage gp : gm.getGenPackages()) {
      gp.setPrefix("Nines");
      gp.setBasePackage("org.nines");
      gp.setDisposableProviderFactory(true);
      gp.setFileExtensions("nines");
      gp.setResource(GenResourceKind.XMI_LITERAL); // generates util/NinesResourceFactoryImpl + extension_parser in plugin.xml
    }
    gr.save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));
    System.out.println("wrote " + genModelFile);
  }
}
