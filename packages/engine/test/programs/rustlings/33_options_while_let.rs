// options2: `if let` and nested `while let`.
fn main() {
    let target = "rustlings";
    let optional_target = Some(target);
    if let Some(word) = optional_target {
        println!("found the word {word}");
    }

    let range = 10;
    let mut optional_integers: Vec<Option<i8>> = vec![None];
    for i in 1..=range {
        optional_integers.push(Some(i));
    }

    let mut cursor = range;
    while let Some(Some(integer)) = optional_integers.pop() {
        assert_eq!(integer, cursor);
        print!("{} ", integer);
        cursor -= 1;
    }
    println!();
    println!("cursor stopped at {}", cursor);
}
