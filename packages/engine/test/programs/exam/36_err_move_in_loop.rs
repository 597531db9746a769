fn archive(log: Vec<String>) {
    println!("archived {} lines", log.len());
}

fn main() {
    let log = vec![String::from("start"), String::from("stop")];
    for day in 1..=3 {
        println!("day {}", day);
        archive(log);
    }
}
