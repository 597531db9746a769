// kind: prints
// title: Who is dropped when
// tags: drop-order
// difficulty: 2
// mode: choice
// distractor: "inner\ndrop c\nouter\ndrop a\ndrop b\n"
// distractor: "inner\nouter\ndrop a\ndrop b\ndrop c\n"
// ---
struct Tag {
    label: &'static str,
}

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.label);
    }
}

fn main() {
    let _a = Tag { label: "a" };
    let _b = Tag { label: "b" };
    {
        let _c = Tag { label: "c" };
        println!("inner");
    }
    println!("outer");
}
