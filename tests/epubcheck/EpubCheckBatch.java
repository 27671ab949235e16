import com.adobe.epubcheck.tool.EpubChecker;

/**
 * EPUBCheck on several books in one JVM (run as a single-file source program:
 * java -cp epubcheck.jar EpubCheckBatch.java BOOK REPORT.json [BOOK REPORT.json ...]).
 * Each book gets the same checks as `java -jar epubcheck.jar BOOK --json REPORT.json
 * --failonwarnings`; starting the JVM once instead of per book saves ~6 s a book.
 */
public class EpubCheckBatch {
    public static void main(String[] args) {
        int worst = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String[] one = {args[i], "--json", args[i + 1], "--failonwarnings", "--quiet"};
            worst = Math.max(worst, new EpubChecker().run(one));
        }
        System.exit(worst);
    }
}
