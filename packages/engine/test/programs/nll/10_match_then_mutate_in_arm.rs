// Matching on a borrowed value and mutating in the arm is fine when
// the arm no longer uses the borrowed bindings.
#[derive(Debug)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn main() {
    let mut light = Light::Red;
    for _ in 0..4 {
        match &light {
            Light::Red => light = Light::Green,
            Light::Green => light = Light::Yellow,
            Light::Yellow => light = Light::Red,
        }
        println!("now {:?}", light);
    }

    let mut stack = vec![1, 2, 3];
    match stack.last() {
        Some(&top) if top > 2 => stack.push(top * 10),
        Some(_) => stack.clear(),
        None => {}
    }
    println!("stack: {:?}", stack);
}
