package org.nines.io.model;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI resource for {@code .nines} files: references by element id, an id index for fast lookup, and the line on
 * which each element starts (for {@code file:line} messages).
 */
final class NinesXmiResource extends XMIResourceImpl {
    private final Map<EObject, Integer> lines = new IdentityHashMap<>();

    NinesXmiResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }

    /** @return the start line of every element read by the last load */
    Map<EObject, Integer> lines() {
        return lines;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new LineRecordingHandler(resource, helper, options, lines);
            }
        };
    }

    /** Records the current parser line for each object as it is created. */
    private static final class LineRecordingHandler extends SAXXMIHandler {
        private final Map<EObject, Integer> lines;

        LineRecordingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, Map<EObject, Integer> lines) {
            super(resource, helper, options);
            this.lines = lines;
        }

        @Override
        protected void processObject(EObject object) {
            if (object != null && locator != null) {
                lines.put(object, locator.getLineNumber());
            }
            super.processObject(object);
        }
    }
}
