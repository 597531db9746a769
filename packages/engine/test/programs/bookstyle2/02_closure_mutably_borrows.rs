// A closure that changes captured data borrows it mutably.
fn main() {
    let mut shopping = vec![String::from("milk")];
    println!("Start: {:?}", shopping);

    let mut add_item = |item: &str| shopping.push(item.to_string());
    // No other use of `shopping` is allowed while `add_item` is still alive.
    add_item("eggs");
    add_item("bread");

    // The mutable borrow ended after the last call, so we can read again.
    println!("After: {:?}", shopping);

    let mut total_calls = 0;
    let mut tick = || {
        total_calls += 1;
        total_calls * 10
    };
    let a = tick();
    let b = tick();
    println!("tick returned {} then {}; total_calls = {}", a, b, total_calls);
}
