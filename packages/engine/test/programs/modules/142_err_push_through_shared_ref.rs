mod log {
    pub fn record(entries: &Vec<String>, level: &str, msg: &str) {
        entries.push(format!("[{}] {}", level, msg));
    }

    pub fn count(entries: &[String], level: &str) -> usize {
        let tag = format!("[{}]", level);
        entries.iter().filter(|e| e.starts_with(&tag)).count()
    }
}

fn main() {
    let mut entries = Vec::new();
    log::record(&entries, "INFO", "server started");
    log::record(&entries, "WARN", "disk 91% full");
    entries.push(String::from("[INFO] manual entry"));
    println!("{} info, {} warn", log::count(&entries, "INFO"), log::count(&entries, "WARN"));
}
