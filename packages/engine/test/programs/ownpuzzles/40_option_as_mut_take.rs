// Puzzle: juggling Option<String> with as_mut, take and replace.
struct Slot {
    job: Option<String>,
}

fn main() {
    let mut slot = Slot {
        job: Some(String::from("build")),
    };

    if let Some(j) = slot.job.as_mut() {
        j.push_str(" --release");
    }

    let taken = slot.job.take();
    println!("taken {:?}, left {:?}", taken, slot.job);

    let previous = slot.job.replace(String::from("test"));
    println!("previous {:?}", previous);

    let handle: Option<&mut String> = slot.job.as_mut();
    if let Some(s) = handle {
        s.push('!');
    }
    println!("now {:?}", slot.job);

    let len = slot.job.as_ref().map(|s| s.len()).unwrap_or(0);
    println!("len {} and still {:?}", len, slot.job);
}
