// assert! with a custom message.
fn set_volume(level: u32) -> u32 {
    assert!(level <= 10, "volume must be at most 10, got {}", level);
    level
}

fn main() {
    let requests = [3, 10, 11];
    for r in requests {
        let v = set_volume(r);
        println!("volume set to {}", v);
    }
}
