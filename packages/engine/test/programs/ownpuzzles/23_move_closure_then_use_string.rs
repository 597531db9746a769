// Puzzle: a task closure takes its name with `move`.
fn main() {
    let name = String::from("worker");

    let task = move || println!("running {}", name);
    task();

    println!("created task for {}", name);
}
