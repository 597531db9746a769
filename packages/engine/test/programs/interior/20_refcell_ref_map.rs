use std::cell::{Ref, RefCell, RefMut};

struct Student {
    name: String,
    grades: Vec<u32>,
}

struct Classroom {
    students: RefCell<Vec<Student>>,
}

impl Classroom {
    // Hand out a guard that points at just one student's name.
    fn name_of(&self, i: usize) -> Ref<'_, String> {
        Ref::map(self.students.borrow(), |s| &s[i].name)
    }

    fn grades_of(&self, i: usize) -> RefMut<'_, Vec<u32>> {
        RefMut::map(self.students.borrow_mut(), |s| &mut s[i].grades)
    }
}

fn main() {
    let class = Classroom {
        students: RefCell::new(vec![
            Student { name: "Iris".into(), grades: vec![80] },
            Student { name: "Jon".into(), grades: vec![] },
        ]),
    };
    class.grades_of(0).push(95);
    class.grades_of(1).extend([70, 88]);

    for i in 0..2 {
        let name = class.name_of(i);
        let avg = {
            let s = class.students.borrow();
            s[i].grades.iter().sum::<u32>() / s[i].grades.len() as u32
        };
        println!("{} average {}", *name, avg);
    }
}
