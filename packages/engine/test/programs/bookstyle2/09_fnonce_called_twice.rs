// Quiz: this closure moves its captured String out. Can we call it twice?
fn main() {
    let ticket = String::from("concert ticket");

    let hand_over = move || {
        println!("Handing over the {}", ticket);
        ticket
    };

    let first = hand_over();
    let second = hand_over();
    println!("{} / {}", first, second);
}
