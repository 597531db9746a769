// array::map builds a new array of the same length.
fn main() {
    let celsius = [0.0, 21.5, 37.0, 100.0];
    let fahrenheit = celsius.map(|c| c * 9.0 / 5.0 + 32.0);
    println!("{:?}", fahrenheit);

    // The element type can change.
    let words = ["one", "three", "seven"];
    let lengths: [usize; 3] = words.map(|w| w.len());
    println!("lengths: {:?}", lengths);

    // map on an array of Strings consumes the array.
    let names = [String::from("ada"), String::from("alan")];
    let upper = names.map(|n| n.to_uppercase());
    println!("{:?}", upper);

    // Arrays are Copy when their elements are, so the original survives.
    let base = [1, 2, 3];
    let doubled = base.map(|x| x * 2);
    println!("base {:?} doubled {:?}", base, doubled);

    // Fixed-size results fit nicely in a function signature.
    fn square_all(v: [i32; 4]) -> [i32; 4] {
        v.map(|x| x * x)
    }
    println!("{:?}", square_all([1, -2, 3, -4]));

    let flags = [3, 0, 5].map(|n| n > 0);
    println!("nonzero flags: {:?}", flags);
}
