// assert_ne! with a message.
fn main() {
    let names = vec!["ann", "ben", "ann"];
    for i in 0..names.len() {
        for j in (i + 1)..names.len() {
            assert_ne!(names[i], names[j], "duplicate name at {} and {}", i, j);
            println!("{} and {} differ", names[i], names[j]);
        }
    }
}
