// Bob, the lackadaisical teenager.
fn reply(message: &str) -> &'static str {
    let m = message.trim();
    let question = m.ends_with('?');
    let has_letters = m.chars().any(|c| c.is_alphabetic());
    let yelling = has_letters && m.to_uppercase() == m;
    match (m.is_empty(), question, yelling) {
        (true, _, _) => "Fine. Be that way!",
        (false, true, true) => "Calm down, I know what I'm doing!",
        (false, true, false) => "Sure.",
        (false, false, true) => "Whoa, chill out!",
        _ => "Whatever.",
    }
}

fn main() {
    let lines = [
        "Tom-ay-to, tom-aaaah-to.",
        "WATCH OUT!",
        "Does this cryogenic chamber make me look fat?",
        "WHAT'S GOING ON?",
        "   ",
        "1, 2, 3",
        "4?",
    ];
    for line in lines {
        println!("{:45} | {}", line, reply(line));
    }
}
