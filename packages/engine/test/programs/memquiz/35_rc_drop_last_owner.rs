use std::rc::Rc;

struct Image {
    file: &'static str,
}

impl Drop for Image {
    fn drop(&mut self) {
        println!("image {} freed", self.file);
    }
}

fn main() {
    let logo = Rc::new(Image { file: "logo.png" });
    let header = Rc::clone(&logo);
    let footer = Rc::clone(&logo);
    println!("owners: {}", Rc::strong_count(&logo));

    drop(logo);
    println!("dropped logo, owners: {}", Rc::strong_count(&header));
    drop(header);
    println!("dropped header, owners: {}", Rc::strong_count(&footer));
    drop(footer);
    println!("dropped footer");
}
