// Quiz: a match on Option must cover None too.
fn halve(x: Option<u32>) -> Option<u32> {
    match x {
        Some(n) => Some(n / 2),
    }
}

fn main() {
    println!("{:?}", halve(Some(10)));
}
