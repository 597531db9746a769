// Indexing past the end of a Vec panics at run time.
fn main() {
    let temperatures = vec![18, 21, 19, 23, 25, 22, 20];
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    for i in 0..days.len() {
        println!("{}: {} degrees", days[i], temperatures[i]);
    }

    let next_monday = temperatures[days.len()];
    println!("Next Monday: {}", next_monday);
}
