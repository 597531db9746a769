// Puzzle: shadowing does not drop the old value. In what order do the tags drop?
struct Tag(&'static str);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let tag = Tag("v1");
    let first = &tag;

    let tag = Tag("v2");
    println!("old {} new {}", first.0, tag.0);

    let tag = Tag("v3");
    println!("current {}", tag.0);

    println!("end of main");
}
