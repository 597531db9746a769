#[derive(Debug, PartialEq)]
struct AlwaysEqual;

struct Logger;

impl Logger {
    fn log(&self, level: &str, msg: &str) {
        println!("[{}] {}", level, msg);
    }
}

fn main() {
    let subject = AlwaysEqual;
    let other = AlwaysEqual;
    println!("{:?} == {:?}: {}", subject, other, subject == other);

    let logger = Logger;
    logger.log("INFO", "server started");
    logger.log("WARN", "disk 91% full");
    println!("size of Logger: {}", std::mem::size_of::<Logger>());
}
