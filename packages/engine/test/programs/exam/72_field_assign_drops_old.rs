struct Tag(&'static str);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop tag {}", self.0);
    }
}

struct Parcel {
    label: Tag,
    note: Option<Tag>,
}

fn main() {
    let mut p = Parcel { label: Tag("old-label"), note: Some(Tag("fragile")) };
    p.label = Tag("new-label");
    println!("relabelled as {}", p.label.0);
    let n = p.note.take();
    println!("took note: {}", n.as_ref().map(|t| t.0).unwrap_or("none"));
    p.note = Some(Tag("this side up"));
    println!("end of main");
}
