package org.nines.io.model;

import java.nio.file.Path;

import org.nines.model.SystemModel;

/**
 * Child process of {@link KillDuringSaveTest}: saves the model at args[0] over and over (names v1, v2, ...) until it
 * is killed. Prints "saving" once the first save is complete.
 */
public final class SaveLoopChild {
    private SaveLoopChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        SystemModel model = ModelStoreTest.twoServers();
        // a bigger model makes each save take long enough to be killed in the middle
        for (int i = 0; i < 300; i++) {
            var component = org.nines.model.builder.ModelBuilder.model("x")
                    .component("extra" + i, "Extra component " + i, org.nines.model.ComponentKind.OTHER, 1000 + i, 1);
            model.getComponents().add(component);
        }
        for (long version = 1;; version++) {
            model.setName("v" + version);
            ModelStore.save(model, file);
            if (version == 1) {
                System.out.println("saving"); // warmed up: the next saves are the ones that get killed
                System.out.flush();
            }
        }
    }
}
