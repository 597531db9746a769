fn main() {
    let morning = vec!["standup", "code review"];
    let afternoon = vec!["pairing", "retro"];

    let day: Vec<&str> = morning.iter().chain(afternoon.iter()).cloned().collect();
    println!("agenda: {:?}", day);

    let countdown: Vec<i32> = (1..=5).rev().collect();
    println!("countdown: {:?}", countdown);

    let mixed: Vec<i32> = (1..4).chain(7..10).rev().collect();
    println!("mixed reversed: {:?}", mixed);

    let word = "stressed";
    let reversed: String = word.chars().rev().collect();
    println!("{} -> {}", word, reversed);

    for (i, task) in day.iter().rev().enumerate() {
        println!("{}: {}", i, task);
    }
}
