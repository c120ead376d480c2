package org.nines.io.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;

/**
 * Hardened XML parser factories for untrusted model files.
 *
 * <p>Every factory made here refuses document type declarations (so no external entities, no entity expansion
 * — "billion laughs" — and no external DTD fetch), has external access disabled and secure processing on.
 * StAX readers additionally must reject a {@code DTD} event themselves if they want a clear message (the
 * StAX factory with DTD support off reports the declaration as an event without processing it, and any
 * entity reference then fails). Input size is bounded by wrapping streams with {@link #limit}.
 */
public final class SafeXml {

    /** Default maximum size of one XML input, bytes (256 MiB). */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    /**
     * The parser features every XML reader of Nines sets (DOM, SAX and EMF's loader, which takes them as
     * {@code XMLResource.OPTION_PARSER_FEATURES}): secure processing, DOCTYPE refused, no external entities or DTDs.
     */
    public static final java.util.Map<String, Boolean> PARSER_FEATURES = java.util.Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, true,
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

    private SafeXml() {
    }

    /** @return a StAX factory that does not support DTDs or external entities and does not expand entities */
    public static XMLInputFactory newInputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException e) {
            // property not supported by this implementation; the other settings still apply
        }
    }

    /** @return a DOM factory that refuses DOCTYPE declarations and external access */
    public static DocumentBuilderFactory newDocumentBuilderFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            for (var feature : PARSER_FEATURES.entrySet()) {
                f.setFeature(feature.getKey(), feature.getValue());
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        return f;
    }

    /** @return a SAX factory that refuses DOCTYPE declarations and external access */
    public static SAXParserFactory newSaxParserFactory() {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        try {
            for (var feature : PARSER_FEATURES.entrySet()) {
                f.setFeature(feature.getKey(), feature.getValue());
            }
        } catch (Exception e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
        f.setXIncludeAware(false);
        f.setNamespaceAware(true);
        return f;
    }

    /**
     * Wraps {@code in} so that reading more than {@code maxBytes} bytes throws an {@link IOException}
     * ("input exceeds N bytes").
     */
    public static InputStream limit(InputStream in, long maxBytes) {
        return new LimitedInputStream(in, maxBytes);
    }

    private static final class LimitedInputStream extends FilterInputStream {
        private final long max;
        private long count;

        LimitedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        private void add(long n) throws IOException {
            if (n > 0) {
                count += n;
                if (count > max) {
                    throw new IOException("input exceeds the size limit of " + max + " bytes");
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            add(s);
            return s;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
