// Shadowing lets us reuse a name, even with a different type.
const SECONDS_PER_MINUTE: u32 = 60;
const MINUTES_PER_HOUR: u32 = 60;

fn main() {
    let duration = "2h";
    // Shadow the text with the number of hours it describes.
    let duration: u32 = duration.trim_end_matches('h').parse().unwrap();
    // Shadow again, now in seconds.
    let duration = duration * MINUTES_PER_HOUR * SECONDS_PER_MINUTE;
    println!("duration in seconds: {}", duration);

    let spaces = "    ";
    let spaces = spaces.len();
    println!("spaces: {spaces}");

    let level = 5;
    {
        // Inner scope shadow only lives until the closing brace.
        let level = level * 2;
        println!("inner level: {level}");
    }
    println!("outer level: {level}");
}
