package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViewOrderTest {
    @Test
    void tabFollowsTheOrderOnScreenAndWraps() {
        ViewOrder order = ViewOrder.natural(3).moveLater(0);   // on screen: 1, 0, 2
        assertThat(order.after(1)).isEqualTo(0);
        assertThat(order.after(0)).isEqualTo(2);
        assertThat(order.after(2)).isEqualTo(1);
        assertThat(order.before(1)).isEqualTo(2);
    }

    @Test
    void movingAViewSwapsItWithItsNeighbour() {
        ViewOrder order = ViewOrder.natural(3).moveEarlier(2);
        assertThat(order.toString()).isEqualTo("[0, 2, 1]");
        assertThat(order.positionOf(2)).isEqualTo(1);
    }

    @Test
    void theEndsStayWhereTheyAre() {
        ViewOrder order = ViewOrder.natural(2);
        assertThat(order.moveEarlier(0)).isSameAs(order);
        assertThat(order.moveLater(1)).isSameAs(order);
    }

    @Test
    void aSingleCameraIsItsOwnNeighbour() {
        assertThat(ViewOrder.natural(1).after(0)).isZero();
    }

    @Test
    void unknownCamerasAreNamedInTheError() {
        assertThatThrownBy(() -> ViewOrder.natural(2).after(5)).hasMessage("camera 5 is not one of 2 cameras");
        assertThatThrownBy(() -> ViewOrder.natural(0)).hasMessage("a frame has at least one camera, got 0");
    }
}
