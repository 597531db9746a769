use std::collections::HashMap;

#[derive(Debug)]
struct Course {
    code: String,
    capacity: usize,
    enrolled: Vec<u32>,
    waitlist: Vec<u32>,
}

#[derive(Debug)]
struct Student {
    id: u32,
    name: String,
    credits: u32,
}

struct Registrar {
    courses: Vec<Course>,
    students: HashMap<u32, Student>,
}

impl Registrar {
    fn course_mut(&mut self, code: &str) -> Option<&mut Course> {
        self.courses.iter_mut().find(|c| c.code == code)
    }

    fn add_credits(&mut self, id: u32, credits: u32) {
        if let Some(s) = self.students.get_mut(&id) {
            s.credits += credits;
        }
    }

    fn enroll(&mut self, id: u32, code: &str) -> String {
        let course = match self.course_mut(code) {
            Some(c) => c,
            None => return format!("no course {}", code),
        };
        if course.enrolled.contains(&id) || course.waitlist.contains(&id) {
            return format!("{} already signed up for {}", id, code);
        }
        if course.enrolled.len() < course.capacity {
            course.enrolled.push(id);
            self.add_credits(id, 5);
            format!("{} enrolled in {} ({}/{})", id, code, course.enrolled.len(), course.capacity)
        } else {
            course.waitlist.push(id);
            format!("{} waitlisted for {} (position {})", id, code, course.waitlist.len())
        }
    }

    fn drop_course(&mut self, id: u32, code: &str) -> String {
        let course = self.course_mut(code).expect("course exists");
        let before = course.enrolled.len();
        course.enrolled.retain(|&s| s != id);
        if course.enrolled.len() == before {
            return format!("{} was not enrolled in {}", id, code);
        }
        let promoted = if !course.waitlist.is_empty() {
            let next = course.waitlist.remove(0);
            course.enrolled.push(next);
            Some(next)
        } else {
            None
        };
        match promoted {
            Some(p) => format!("{} dropped {}; {} promoted from waitlist", id, code, p),
            None => format!("{} dropped {}", id, code),
        }
    }
}

fn main() {
    let mut reg = Registrar { courses: Vec::new(), students: HashMap::new() };
    for (code, cap) in [("CS101", 2), ("MA201", 3)] {
        reg.courses.push(Course { code: code.into(), capacity: cap, enrolled: vec![], waitlist: vec![] });
    }
    for (id, name) in [(1, "Ana"), (2, "Ben"), (3, "Cai"), (4, "Dee")] {
        reg.students.insert(id, Student { id, name: name.into(), credits: 0 });
    }
    println!("{}", reg.enroll(1, "CS101"));
    println!("{}", reg.enroll(2, "CS101"));
    println!("{}", reg.enroll(3, "CS101"));
    println!("{}", reg.enroll(3, "MA201"));
    println!("{}", reg.drop_course(1, "CS101"));
    let mut ids: Vec<&u32> = reg.students.keys().collect();
    ids.sort();
    for id in ids {
        let s = &reg.students[id];
        println!("{} {} {} credits", s.id, s.name, s.credits);
    }
}
