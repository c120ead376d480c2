package org.nines.io.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.nines.model.validation.Labels;
import org.xml.sax.SAXParseException;

/** Turns EMF and SAX load failures into {@code file:line: element: problem} messages without stack traces. */
final class LoadErrors {
    private LoadErrors() {
    }

    /**
     * Messages for a load that threw. EMF's exception wraps the first recorded error, so the recorded errors are
     * reported when there are any; a file in a foreign namespace gets that one message only.
     */
    static List<String> describe(Path file, Throwable failure, Resource resource) {
        for (Resource.Diagnostic diagnostic : resource.getErrors()) {
            if (diagnostic instanceof PackageNotFoundException notNines) {
                return List.of(describe(file, notNines));
            }
        }
        List<String> messages = describe(file, resource.getErrors());
        if (!messages.isEmpty()) {
            return messages;
        }
        Throwable cause = rootCause(failure);
        return List.of(switch (cause) {
            case SAXParseException sax -> file + ":" + sax.getLineNumber() + ": " + saxProblem(sax);
            case XMIException xmi -> describe(file, xmi);
            default -> file + ":0: cannot read the model: " + plain(cause.getMessage());
        });
    }

    static List<String> describe(Path file, List<Resource.Diagnostic> diagnostics) {
        List<String> messages = new ArrayList<>();
        for (Resource.Diagnostic diagnostic : diagnostics) {
            SAXParseException sax = diagnostic instanceof Throwable t ? findSax(t) : null;
            String message = sax != null
                    ? file + ":" + sax.getLineNumber() + ": " + saxProblem(sax)
                    : diagnostic instanceof XMIException xmi
                    ? describe(file, xmi)
                    : file + ":" + diagnostic.getLine() + ": " + plain(diagnostic.getMessage());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
        return messages;
    }

    private static String describe(Path file, XMIException e) {
        String where = file + ":" + e.getLine() + ": ";
        return where + switch (e) {
            case FeatureNotFoundException f -> element(f.getObject()) + "unknown attribute or element '" + f.getName()
                    + "'. Remove it or check its spelling.";
            case UnresolvedReferenceException u -> element(u.getObject())
                    + (u.getFeature() == null ? "reference" : u.getFeature().getName()) + " refers to '" + u.getReference()
                    + "', which no element of the model has as its id.";
            case IllegalValueException v -> element(v.getObject()) + v.getFeature().getName() + " has an illegal value '"
                    + v.getValue() + "'.";
            case ClassNotFoundException c -> "element type '" + c.getName() + "' is not part of the Nines model.";
            case PackageNotFoundException p -> "not a Nines model: "
                    + (p.uri() == null ? "the root element has no namespace" : "namespace '" + p.uri() + "' is unknown")
                    + " (a Nines model starts with <nines:SystemModel xmlns:nines=\"http://nines.org/model/1\">).";
            default -> cleanEmfMessage(e.getMessage());
        };
    }

    private static String element(EObject object) {
        return object == null ? "" : Labels.of(object) + ": ";
    }

    private static String saxProblem(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "DOCTYPE declarations are not allowed in Nines models (external entities and entity expansion are refused).";
        }
        if (message.contains("Content is not allowed in prolog") || message.contains("Invalid byte")
                || message.contains("invalid XML character") || message.contains("An invalid XML character")) {
            return "not an XML file: " + message;
        }
        if (message.contains("must start and end within the same entity") || message.contains("Premature end of file")) {
            return "the file ends too early (truncated?): " + message;
        }
        return "malformed XML: " + message;
    }

    /** Drops a leading "some.package.SomeException: " that parsers put in front of their messages. */
    private static String plain(String message) {
        if (message == null) {
            return "unknown problem.";
        }
        String text = message.replaceFirst("^([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): ", "");
        if (text.contains("Invalid byte") || text.contains("invalid XML character") || text.contains("Content is not allowed in prolog")) {
            return "not an XML file (" + text + ")";
        }
        return text;
    }

    /** EMF appends "(uri, line, column)" to its messages; the line is already in front. */
    private static String cleanEmfMessage(String message) {
        if (message == null) {
            return "cannot read the model.";
        }
        int location = message.lastIndexOf(" (");
        return plain(location > 0 && message.endsWith(")") ? message.substring(0, location) : message);
    }

    private static SAXParseException findSax(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return sax;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof SAXParseException) && !(cause instanceof XMIException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
