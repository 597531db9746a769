// Two wrappers with different N are different types.
#[derive(Debug, PartialEq)]
struct Code<const N: usize>([u8; N]);

fn main() {
    let pin = Code([1, 2, 3, 4]);
    let same = Code([1, 2, 3, 4]);
    println!("same pin? {}", pin == same);

    let short = Code([1, 2, 3]);
    println!("short pin? {}", pin == short);
}
