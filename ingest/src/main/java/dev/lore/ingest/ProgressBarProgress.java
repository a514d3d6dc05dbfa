package dev.lore.ingest;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress as a terminal progress bar with rate and ETA (me.tongfei progressbar). */
final class ProgressBarProgress implements IngestProgress {

    private ProgressBar bar;

    @Override
    public void update(String source, long listed, long done, long chunks, boolean finished) {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName("ingest " + source).setUnit(" docs", 1)
                    .setStyle(ProgressBarStyle.ASCII).setInitialMax(Math.max(listed, 1)).showSpeed().build();
        }
        bar.maxHint(Math.max(listed, 1));
        bar.stepTo(done);
        bar.setExtraMessage(chunks + " chunks");
        if (finished) {
            bar.close();
            bar = null;
        }
    }
}
