package th.wastebank.client;

/** Entry point of the phone app; the screens arrive with the mobile-client issue. */
public final class ClientMain {
    private ClientMain() {
    }

    public static void main(String[] args) {
        System.out.println("mobile-client: not built yet (see issue 3)");
    }
}
