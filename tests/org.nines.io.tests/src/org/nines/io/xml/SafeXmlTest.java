package org.nines.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

class SafeXmlTest {

    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <r>&x;</r>""";

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void domFactoryRefusesDoctype() {
        SAXParseException e = assertThrows(SAXParseException.class,
                () -> SafeXml.newDocumentBuilderFactory().newDocumentBuilder().parse(in(XXE)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void saxFactoryRefusesDoctype() {
        SAXParseException e = assertThrows(SAXParseException.class,
                () -> SafeXml.newSaxParserFactory().newSAXParser().parse(in(XXE), new DefaultHandler()));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void staxFactoryNeverResolvesTheExternalEntity() throws Exception {
        XMLStreamReader r = SafeXml.newInputFactory().createXMLStreamReader(in(XXE));
        StringBuilder text = new StringBuilder();
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.CHARACTERS) {
                    text.append(r.getText());
                }
            }
        } catch (javax.xml.stream.XMLStreamException expected) {
            // undeclared entity: fine, as long as nothing was read
        }
        assertTrue(!text.toString().contains("root:"), text.toString());
    }

    @Test
    void limitedStreamStopsAtTheLimit() throws IOException {
        InputStream limited = SafeXml.limit(in("0123456789"), 5);
        assertEquals(5, limited.readNBytes(5).length);
        IOException e = assertThrows(IOException.class, limited::read);
        assertTrue(e.getMessage().contains("size limit of 5 bytes"), e.getMessage());
    }
}
