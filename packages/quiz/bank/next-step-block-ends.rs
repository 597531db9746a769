// kind: next-step
// title: The end of an inner block
// tags: drop-order, box
// difficulty: 2
// at: line 4
// ---
fn main() {
    let kept = Box::new(10);
    {
        let temp = Box::new(20);
        println!("{}", *temp + *kept);
    }
    println!("{}", kept);
}
