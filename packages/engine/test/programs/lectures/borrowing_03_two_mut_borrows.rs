// Exercise: swap the first letters of two names held in one vector.
// Read the compiler message carefully and explain it in your own words.
// Then suggest a fix that keeps the intent of the program.
// (Exercise sheet 3)
fn main() {
    let mut names = vec![String::from("alice"), String::from("bob")];

    let a = &mut names[0];
    let b = &mut names[1];

    let fa = a.remove(0);
    let fb = b.remove(0);
    a.insert(0, fb);
    b.insert(0, fa);

    println!("{:?}", names);
    for n in &names {
        println!("{} has {} letters", n, n.len());
    }
    let total: usize = names.iter().map(|n| n.len()).sum();
    println!("total letters: {}", total);
}
