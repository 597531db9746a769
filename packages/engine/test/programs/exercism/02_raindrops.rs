// Raindrops: Pling for 3, Plang for 5, Plong for 7, else the number itself.
fn raindrops(n: u32) -> String {
    let mut sound = String::new();
    if n % 3 == 0 {
        sound.push_str("Pling");
    }
    if n % 5 == 0 {
        sound.push_str("Plang");
    }
    if n % 7 == 0 {
        sound.push_str("Plong");
    }
    if sound.is_empty() {
        sound = n.to_string();
    }
    sound
}

fn main() {
    for n in [1, 3, 5, 7, 15, 21, 35, 52, 105] {
        println!("{:>4} -> {}", n, raindrops(n));
    }
}
