fn main() {
    for i in 1..4 {
        print!("{} ", i);
    }
    println!();
    for i in 1..=4 {
        print!("{} ", i);
    }
    println!();
    for i in (1..=5).rev() {
        print!("{} ", i);
    }
    println!("liftoff");
    for i in (0..20).step_by(5) {
        print!("{} ", i);
    }
    println!();

    let mut total = 0;
    for n in 1..=100 {
        total += n;
    }
    println!("1 + 2 + ... + 100 = {}", total);

    let letters = ['a', 'b', 'c'];
    for (index, letter) in letters.iter().enumerate() {
        println!("{}: {}", index, letter);
    }
}
