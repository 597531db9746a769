// Counting down to one; what happens when we start at zero?
fn countdown(n: u32) -> Vec<u32> {
    if n == 1 {
        return vec![1];
    }
    let mut rest = countdown(n - 1);
    rest.insert(0, n);
    rest
}

fn main() {
    println!("{:?}", countdown(5));
    println!("{:?}", countdown(0));
}
