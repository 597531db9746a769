// A closure that mutates a captured variable holds a unique borrow
// until its last call; after that the variable is usable again.
fn main() {
    let mut clicks = 0;
    let mut history = Vec::new();

    let mut click = |label: &str| {
        clicks += 1;
        history.push(format!("{}#{}", label, clicks));
    };

    click("ok");
    click("cancel");
    click("ok");
    // closure is not used after this point

    println!("clicks = {}", clicks);
    println!("history = {:?}", history);

    let mut apply = |f: fn(i32) -> i32| clicks = f(clicks);
    apply(|x| x * 10);
    apply(|x| x + 1);
    println!("clicks now = {}", clicks);
}
