use std::collections::HashMap;
use std::process;

fn main() {
    let mut required: HashMap<&str, bool> = HashMap::new();
    required.insert("config", true);
    required.insert("data", false);
    required.insert("log", true);

    let mut missing = 0;
    for present in required.values() {
        if !*present {
            missing += 1;
        }
    }
    println!("checked {} files", required.len());
    println!("missing: {}", missing);

    if missing > 0 {
        println!("exiting with error");
        process::exit(2);
    }
    println!("all good");
}
