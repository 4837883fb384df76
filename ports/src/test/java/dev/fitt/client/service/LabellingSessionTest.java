package dev.fitt.client.service;

import static dev.fitt.client.service.ClientFixture.deliver;
import static dev.fitt.domain.TagValue.FALSE;
import static dev.fitt.domain.TagValue.TRUE;
import static dev.fitt.domain.TagValue.UNSET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.domain.Frame;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.labelling.Progress;
import dev.fitt.client.port.in.SessionListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LabellingSessionTest {
    private static final List<TagValue> UNSET3 = List.of(UNSET, UNSET, UNSET);
    private static final List<TagValue> NONE = List.of(FALSE, FALSE, FALSE);

    private final ClientFixture fixture = new ClientFixture();
    private LabellingSession session;

    @AfterEach
    void closeSession() {
        if (session != null) {
            session.saveAndClose().close(Duration.ofSeconds(5));
        }
    }

    @Test
    void singleSelectionWithOneCameraMovesToTheNextFrame() throws Exception {
        session = fixture.open(false, 0);
        session.navigation().goToFrame(3);
        session.choices().chooseTag(1);
        assertThat(session.state().valuesAt(6)).containsExactly(FALSE, TRUE, FALSE);
        assertThat(session.navigation().frameNumber()).isEqualTo(4);
    }

    @Test
    void singleSelectionWithSeveralCamerasMovesToTheNextCameraThenToTheNextFrameOnItsFirstCamera() throws Exception {
        session = fixture.open(false, 0);
        session.choices().chooseTag(0);  // camera 1 of 2
        assertThat(session.navigation().frameNumber()).isZero();
        assertThat(session.navigation().activeCamera()).isEqualTo(1);
        assertThat(session.state().imageValues(0)).containsExactly(TRUE, FALSE, FALSE);
        session.choices().chooseTag(2);  // the last camera: the frame is done
        assertThat(session.state().valuesAt(1)).containsExactly(FALSE, FALSE, TRUE);
        assertThat(session.navigation().frameNumber()).isEqualTo(1);
        assertThat(session.navigation().activeCamera()).isZero();
    }

    @Test
    void undoOfAChoiceMakesItsCameraActiveAgainSoTheNextDigitRetagsIt() throws Exception {
        session = fixture.open(false, 0);
        session.choices().chooseTag(0);
        session.choices().chooseTag(1);  // frame 1 done: on to frame 2
        session.history().undo();
        assertThat(session.navigation().frameNumber()).isZero();
        assertThat(session.navigation().activeCamera()).isEqualTo(1);
        session.choices().chooseTag(2);
        assertThat(session.state().valuesAt(1)).containsExactly(FALSE, FALSE, TRUE);
    }

    @Test
    void aNewFrameAlwaysStartsOnTheFirstCamera() throws Exception {
        session = fixture.open(false, 0);
        session.navigation().selectCamera(1);
        session.navigation().nextFrame();
        assertThat(session.navigation().activeCamera()).isZero();
        session.navigation().selectCamera(1);
        session.navigation().previousFrame();
        assertThat(session.navigation().activeCamera()).isZero();
    }

    @Test
    void aFrameChoiceStillTagsEveryCameraAndMovesOnWhicheverCameraIsActive() throws Exception {
        session = fixture.open(false, 0);
        session.navigation().selectCamera(1);
        session.choices().chooseTagForFrame(1);
        assertThat(session.state().valuesAt(0)).containsExactly(FALSE, TRUE, FALSE);
        assertThat(session.state().valuesAt(1)).containsExactly(FALSE, TRUE, FALSE);
        assertThat(session.navigation().frameNumber()).isEqualTo(1);
        assertThat(session.navigation().activeCamera()).isZero();
    }

    @Test
    void multipleSelectionKeepsTheCameraAndTheFrame() throws Exception {
        session = fixture.open(true, 0);
        session.choices().chooseTag(0);
        assertThat(session.navigation().activeCamera()).isZero();
        assertThat(session.navigation().frameNumber()).isZero();
    }

    @Test
    void singleSelectionReplacesTheEarlierChoice() throws Exception {
        session = fixture.open(false, 0);
        session.choices().chooseTag(0);
        session.navigation().selectCamera(0);
        session.choices().chooseTag(2);
        assertThat(session.state().imageValues(0)).containsExactly(FALSE, FALSE, TRUE);
    }

    @Test
    void multipleSelectionTogglesAndNeverMovesOn() throws Exception {
        session = fixture.open(true, 0);
        session.navigation().goToFrame(3);
        session.choices().chooseTag(0);
        session.choices().chooseTag(2);
        assertThat(session.state().imageValues(0)).containsExactly(TRUE, FALSE, TRUE);
        session.choices().chooseTag(0);
        assertThat(session.state().imageValues(0)).containsExactly(FALSE, FALSE, TRUE);
        assertThat(session.navigation().frameNumber()).isEqualTo(3);
    }

    @Test
    void keyFMarksTheWholeFrameFalseAndMovesOnInEitherMode() throws Exception {
        session = fixture.open(true, 0);
        session.choices().markFrameNone();
        assertThat(session.state().valuesAt(0)).isEqualTo(NONE);
        assertThat(session.state().valuesAt(1)).isEqualTo(NONE);
        assertThat(session.navigation().frameNumber()).isEqualTo(1);
        deliver(session);
        assertThat(fixture.server.changes()).containsExactly(new TagChange(0, 1, NONE));
    }

    @Test
    void markImageNoneSetsOnlyTheActiveImage() throws Exception {
        session = fixture.open(false, 0);
        session.choices().markImageNone();
        assertThat(session.state().imageValues(0)).isEqualTo(NONE);
        assertThat(session.state().imageValues(1)).isEqualTo(UNSET3);
        assertThat(session.navigation().frameNumber()).isZero();
        assertThat(session.navigation().activeCamera()).as("N moves on to the next camera like a digit").isEqualTo(1);
    }

    @Test
    void aChoiceForTheFrameReachesEveryCameraInOneChange() throws Exception {
        session = fixture.open(false, 0);
        session.choices().chooseTagForFrame(1);
        assertThat(session.state().valuesAt(0)).containsExactly(FALSE, TRUE, FALSE);
        assertThat(session.state().valuesAt(1)).containsExactly(FALSE, TRUE, FALSE);
        assertThat(session.navigation().frameNumber()).isEqualTo(1);
        deliver(session);
        assertThat(fixture.server.changes()).containsExactly(new TagChange(0, 1, List.of(FALSE, TRUE, FALSE)));
    }

    @Test
    void inMultipleSelectionTheActiveImageDecidesWhetherAFrameChoiceTurnsTheTagOff() throws Exception {
        session = fixture.open(true, 0);
        session.choices().chooseTag(0);
        session.choices().chooseTag(1);
        session.choices().chooseTagForFrame(0);
        assertThat(session.state().imageValues(0)).containsExactly(FALSE, TRUE, FALSE);
        assertThat(session.state().imageValues(1)).containsExactly(FALSE, FALSE, FALSE);
        assertThat(session.navigation().frameNumber()).isZero();
    }

    @Test
    void labellingAClipIsOneChangeOverTheWholeClip() throws Exception {
        session = fixture.open(false, 0);
        session.navigation().goToFrame(1);
        session.massLabelling().labelClip(List.of(TRUE, FALSE, TRUE));
        deliver(session);
        assertThat(fixture.server.changes()).containsExactly(new TagChange(0, 5, List.of(TRUE, FALSE, TRUE)));
        assertThat(session.state().clipProgress()).isEqualTo(new Progress(3, 3));
        assertThat(session.state().datasetProgress()).isEqualTo(new Progress(3, 7));
    }

    @Test
    void labellingARangeOfFramesAcrossClipsIsOneChange() throws Exception {
        session = fixture.open(false, 0);
        session.massLabelling().labelFrames(2, 4, NONE);
        deliver(session);
        assertThat(fixture.server.changes()).containsExactly(new TagChange(4, 7, NONE));
        assertThat(fixture.service.queries().labels()).isEqualTo(session.state().labels());
    }

    @Test
    void labellingSomeCamerasOfARangeOfFramesIsOneUndoStepAndLeavesTheOtherCameras() throws Exception {
        session = fixture.open(false, 0);
        List<TagValue> rainy = List.of(FALSE, TRUE, FALSE);
        session.massLabelling().labelCameras(0, 2, 1, 1, rainy);  // frames 1-3 of clip a, camera 2 only
        assertThat(session.state().valuesAt(1)).isEqualTo(rainy);
        assertThat(session.state().valuesAt(3)).isEqualTo(rainy);
        assertThat(session.state().valuesAt(5)).isEqualTo(rainy);
        assertThat(session.state().valuesAt(0)).isEqualTo(UNSET3);
        assertThat(session.state().valuesAt(4)).isEqualTo(UNSET3);
        session.massLabelling().labelCameras(2, 3, 0, 1, NONE);  // across clips: clip b has one camera
        assertThat(session.state().valuesAt(4)).isEqualTo(NONE);
        assertThat(session.state().valuesAt(5)).isEqualTo(NONE);
        assertThat(session.state().valuesAt(6)).isEqualTo(NONE);
        assertThat(session.state().valuesAt(7)).isEqualTo(UNSET3);
        session.history().undo();
        assertThat(session.state().valuesAt(5)).isEqualTo(rainy);
        session.history().undo();
        assertThat(session.state().valuesAt(1)).isEqualTo(UNSET3);
        assertThat(session.state().valuesAt(5)).isEqualTo(UNSET3);
        assertThat(session.history().canUndo()).isFalse();
        assertThatThrownBy(() -> session.massLabelling().labelCameras(0, 1, 1, 0, NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cameras 1..0");
    }

    @Test
    void massLabellingRejectsAVectorOfTheWrongLength() throws Exception {
        session = fixture.open(false, 0);
        assertThatThrownBy(() -> session.massLabelling().labelClip(List.of(TRUE)))
                .hasMessage("1 tag values given but the dataset has 3 tags (Clear, Rainy, Foggy)");
    }

    @Test
    void undoOfAMassEditRestoresEachRowsOwnPreviousValues() throws Exception {
        session = fixture.open(true, 0);
        session.choices().chooseTag(0);
        session.navigation().goToFrame(1);
        session.navigation().selectCamera(1);
        session.choices().markImageNone();
        LabelsSnapshot before = session.state().labels();
        session.massLabelling().labelClip(List.of(TRUE, TRUE, TRUE));
        List<TagChange> keptLocal = new CopyOnWriteArrayList<>();
        session.events().addListener(new SessionListener() {
            @Override
            public void editKeptLocal(TagChange change) {
                keptLocal.add(change);
            }
        });

        assertThat(session.history().undo()).isTrue();

        assertThat(session.state().labels()).isEqualTo(before);
        deliver(session);
        List<TagChange> changes = fixture.server.changes();
        // Undo coalesces equal neighbours: row 0, rows 1..2 unset, row 3, rows 4..5 unset. v1 has
        // no "unset", so those stay on this side and the server keeps the clip's values there.
        assertThat(changes.subList(3, changes.size())).containsExactly(
                TagChange.ofRow(0, List.of(TRUE, FALSE, FALSE)), TagChange.ofRow(3, NONE));
        assertThat(keptLocal).containsExactly(new TagChange(1, 2, UNSET3), new TagChange(4, 5, UNSET3));
        assertThat(fixture.service.queries().labels().value(1, 0)).isEqualTo(TRUE);
        assertThat(fixture.service.queries().labels().value(5, 2)).isEqualTo(TRUE);
    }

    @Test
    void redoAppliesTheEditAgain() throws Exception {
        session = fixture.open(false, 0);
        session.massLabelling().labelClip(List.of(TRUE, FALSE, FALSE));
        LabelsSnapshot after = session.state().labels();
        session.history().undo();
        assertThat(session.history().canRedo()).isTrue();
        assertThat(session.history().redo()).isTrue();
        assertThat(session.state().labels()).isEqualTo(after);
        assertThat(session.history().canRedo()).isFalse();
        assertThat(session.history().redo()).isFalse();
        deliver(session);
        assertThat(fixture.service.queries().labels()).isEqualTo(after);
    }

    @Test
    void undoGoesBackToTheFrameOfTheEdit() throws Exception {
        session = fixture.open(false, 0);
        session.navigation().goToFrame(3);
        session.choices().chooseTag(0);
        assertThat(session.navigation().frameNumber()).isEqualTo(4);
        session.history().undo();
        assertThat(session.navigation().frameNumber()).isEqualTo(3);
        assertThat(session.state().valuesAt(6)).isEqualTo(UNSET3);
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void countersStayRightAfterEditsAndUndo() throws Exception {
        session = fixture.open(false, 0);
        session.choices().chooseTag(0);
        assertThat(session.state().datasetProgress()).isEqualTo(new Progress(0, 7));
        session.choices().chooseTag(1);  // the next camera is active by itself
        assertThat(session.state().datasetProgress()).isEqualTo(new Progress(1, 7));
        assertThat(session.state().clipProgress()).isEqualTo(new Progress(1, 3));
        session.massLabelling().labelFrames(3, 6, NONE);
        assertThat(session.state().datasetProgress()).isEqualTo(new Progress(5, 7));
        session.history().undo();
        session.history().undo();
        assertThat(session.state().datasetProgress()).isEqualTo(new Progress(0, 7));
        assertThat(session.state().clipProgress()).isEqualTo(new Progress(0, 3));
        assertThat(session.state().isFrameLabelled(0)).isFalse();
    }

    @Test
    void autosaveRequestsASaveAfterEveryNEdits() throws Exception {
        session = fixture.open(false, 2);
        session.navigation().goToFrame(3);
        for (int i = 0; i < 5; i++) {
            session.choices().markFrameNone();
            // one at a time: saves still waiting behind a slower save are merged (EditQueueTest)
            deliver(session);
        }
        assertThat(fixture.saves).hasValue(2);
        assertThat(fixture.server.received()).containsExactly(
                TagChange.ofRow(6, NONE), TagChange.ofRow(7, NONE), "save",
                TagChange.ofRow(8, NONE), TagChange.ofRow(9, NONE), "save",
                TagChange.ofRow(9, NONE));
    }

    @Test
    void closeSendsEverythingAndSaves() throws Exception {
        LabellingSession closing = fixture.open(false, 0);
        closing.massLabelling().labelClip(NONE);
        assertThat(closing.saveAndClose().close(Duration.ofSeconds(10))).isTrue();
        assertThat(fixture.saves).hasValue(1);
        assertThat(fixture.service.saving().hasUnsavedChanges()).isFalse();
        assertThatThrownBy(() -> closing.choices().chooseTag(0)).hasMessage("the labelling session is closed");
    }

    @Test
    void lastRowOfLastClipIsReachableFrameByFrame() throws Exception {
        session = fixture.open(false, 0);
        int steps = 0;
        while (session.navigation().nextFrame() && steps < 100) {
            steps++;
        }
        assertThat(session.navigation().frameNumber()).isEqualTo(6);
        assertThat(session.navigation().currentFrame()).isEqualTo(new Frame(9, 1));
        assertThat(session.navigation().nextFrame()).isFalse();
        session.choices().chooseTag(0);
        assertThat(session.state().valuesAt(9)).containsExactly(TRUE, FALSE, FALSE);
    }

    @Test
    void nextUnlabelledFrameSkipsLabelledFramesAndWrapsAround() throws Exception {
        session = fixture.open(false, 0);
        session.massLabelling().labelFrames(1, 6, NONE);
        session.navigation().goToFrame(4);
        assertThat(session.navigation().goToNextUnlabelledFrame()).isTrue();
        assertThat(session.navigation().frameNumber()).isZero();
        session.choices().markFrameNone();
        assertThat(session.navigation().goToNextUnlabelledFrame()).isFalse();
    }

    @Test
    void listenersHearFrameAndLabelChanges() throws Exception {
        session = fixture.open(false, 0);
        List<String> heard = new CopyOnWriteArrayList<>();
        session.events().addListener(new SessionListener() {
            @Override
            public void frameChanged(int frameNumber, Frame frame, int activeCamera) {
                heard.add("frame " + frameNumber + " camera " + activeCamera);
            }

            @Override
            public void labelsChanged(int first, int last) {
                heard.add("labels " + first + ".." + last);
            }
        });
        session.navigation().goToFrame(3);
        session.choices().chooseTag(0);
        assertThat(heard).containsExactly("frame 3 camera 0", "labels 6..6", "frame 4 camera 0");
    }

    @Test
    void aRejectedEditIsReportedAndDroppedWhileLaterEditsArrive() throws Exception {
        session = fixture.open(false, 0);
        List<String> rejections = new CopyOnWriteArrayList<>();
        session.events().addListener(new SessionListener() {
            @Override
            public void editRejected(TagChange change, String message) {
                rejections.add(message);
            }
        });
        fixture.server.rejectNext(1);
        session.navigation().goToFrame(3);
        session.choices().chooseTag(0);
        session.choices().chooseTag(1);
        deliver(session);
        assertThat(rejections).containsExactly("rows 6..6 refused (test)");
        assertThat(fixture.server.changes()).containsExactly(TagChange.ofRow(7, List.of(FALSE, TRUE, FALSE)));
    }
}
