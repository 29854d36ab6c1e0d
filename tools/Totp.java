import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;

/**
 * Prints the current authenticator code (RFC 6238: HMAC-SHA1, 30 s, 6 digits) of a Base32 secret, for scripts and
 * for the demo accounts' published secrets (README). Run: java tools/Totp.java SECRET
 */
public class Totp {
    public static void main(String[] args) throws Exception {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String s = args[0].replace(" ", "").replace("=", "").toUpperCase();
        ByteBuffer key = ByteBuffer.allocate(s.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : s.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                key.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.array(), "HmacSHA1"));
        byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 30_000).array());
        int o = h[h.length - 1] & 0x0f;
        int code = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
        System.out.printf("%06d%n", code % 1_000_000);
    }
}
