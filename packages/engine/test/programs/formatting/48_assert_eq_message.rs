fn format_time(secs: u32) -> String {
    let h = secs / 3600;
    let m = (secs % 3600) / 60;
    let s = secs % 60;
    format!("{}:{:02}:{:02}", h, m, s)
}

fn main() {
    let cases = [(0, "0:00:00"), (59, "0:00:59"), (3661, "1:01:01"), (86399, "23:59:59"), (90, "0:01:03")];
    for (secs, want) in cases {
        let got = format_time(secs);
        println!("{:>6} -> {}", secs, got);
        assert_eq!(got, want, "format_time({}) was wrong", secs);
    }
    println!("all passed");
}
