use std::cell::{Ref, RefCell, RefMut};

struct Student {
    name: String,
    grades: Vec<u32>,
}

fn grades_of(s: &RefCell<Student>) -> Ref<'_, Vec<u32>> {
    Ref::map(s.borrow(), |st| &st.grades)
}

fn name_mut(s: &RefCell<Student>) -> RefMut<'_, String> {
    RefMut::map(s.borrow_mut(), |st| &mut st.name)
}

fn main() {
    let s = RefCell::new(Student { name: "kim".into(), grades: vec![88, 92] });

    {
        let g = grades_of(&s);
        println!("grades: {:?}", *g);
    }

    name_mut(&s).make_ascii_uppercase();
    s.borrow_mut().grades.push(75);

    let total: u32 = grades_of(&s).iter().sum();
    println!("{} total = {}", s.borrow().name, total);
}
