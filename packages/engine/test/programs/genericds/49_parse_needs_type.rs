// Read a setting from a config string and double it.
fn main() {
    let setting = "volume=7";
    let raw = setting.split('=').nth(1).unwrap();
    let volume = raw.parse().unwrap();
    println!("volume is {}", volume);
}
