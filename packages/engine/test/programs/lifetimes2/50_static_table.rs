// A static lookup table of &'static str.
static DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn day_name(i: usize) -> &'static str {
    DAYS[i % 7]
}

struct Event {
    title: String,
    day: &'static str,
}

fn main() {
    let events: Vec<Event> = (0..10)
        .step_by(3)
        .map(|i| Event { title: format!("meeting {}", i), day: day_name(i) })
        .collect();
    for e in &events {
        println!("{} on {}", e.title, e.day);
    }
}
