// Calling next() by hand on an iterator.
fn main() {
    let planets = vec!["Mercury", "Venus", "Earth"];

    let planet_iter = planets.iter();

    assert_eq!(planet_iter.next(), Some(&"Mercury"));
    assert_eq!(planet_iter.next(), Some(&"Venus"));
    assert_eq!(planet_iter.next(), Some(&"Earth"));
    assert_eq!(planet_iter.next(), None);
    println!("All planets visited");
}
