// A global setting kept in a static mut; reads and writes are unsafe.
static mut LOG_LEVEL: u8 = 1;

fn set_level(level: u8) {
    unsafe {
        LOG_LEVEL = level;
    }
}

fn log(level: u8, msg: &str) {
    let current = unsafe { LOG_LEVEL };
    if level <= current {
        println!("[{}] {}", level, msg);
    }
}

fn main() {
    log(1, "starting");
    log(2, "details hidden");
    set_level(2);
    log(2, "details shown");
    log(3, "still hidden");
}
