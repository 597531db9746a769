// A closure that only reads its environment borrows it immutably.
fn main() {
    let scores = vec![72, 88, 95];
    println!("Before defining closure: {:?}", scores);

    let show_scores = || println!("From closure: {:?}", scores);

    // Reading `scores` here is fine: the closure only holds a shared borrow.
    println!("Before calling closure: {:?}", scores);
    show_scores();
    show_scores();
    println!("After calling closure: {:?}", scores);

    let threshold = 80;
    let passed = |s: &i32| *s >= threshold;
    let count = scores.iter().filter(|s| passed(s)).count();
    println!("{} of {} passed (threshold {})", count, scores.len(), threshold);
}
