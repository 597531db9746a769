// Emoji are 4 bytes each; some "characters" are several chars.
fn main() {
    let crab = "🦀";
    println!("{} bytes={} chars={}", crab, crab.len(), crab.chars().count());

    let msg = "hi 🦀!";
    println!("{:?}", msg.chars().collect::<Vec<char>>());
    println!("emoji slice: {}", &msg[3..7]);
    println!("after: {}", &msg[7..]);

    let family = "👍🏽";
    println!("thumbs: bytes={} chars={}", family.len(), family.chars().count());
    for c in family.chars() {
        println!("  U+{:X}", c as u32);
    }

    let mut s = String::from("party");
    s.push('🎉');
    println!("{} len={}", s, s.len());
    let last = s.pop().unwrap();
    println!("popped {} ({} bytes), left {}", last, last.len_utf8(), s);
}
