use std::rc::Rc;

#[derive(Clone, Debug)]
struct Doc {
    title: String,
    version: u32,
}

fn edit(doc: &mut Rc<Doc>, new_title: &str) {
    let d = Rc::make_mut(doc);
    d.title = new_title.to_string();
    d.version += 1;
}

fn main() {
    let mut original = Rc::new(Doc { title: "Draft".into(), version: 1 });
    let published = Rc::clone(&original);

    edit(&mut original, "Draft v2");
    edit(&mut original, "Draft v3");

    println!("published: {:?}", published);
    println!("original:  {:?}", original);
    println!("strong: {} {}", Rc::strong_count(&published), Rc::strong_count(&original));
}
