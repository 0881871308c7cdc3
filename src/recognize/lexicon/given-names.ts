// Common given names in English-speaking countries (with Irish, Welsh, Spanish and other names frequent there): evidence
// that a short capitalised phrase is a person ("Karen Bayne") rather than a heading ("Audit Act"). A dictionary, not a
// rule: a name missing here is still read as a name where its place says so (after "Present:", before "moved").
import { wordSet } from "./dictionary.js";

export const GIVEN_NAMES = wordSet(`
  aaron abby abigail adam adrian aidan aileen alan alana albert alex alexander alexandra alexis alfred ali alice alicia alison
  allan allison amanda amber amelia amy andrea andrew andy angela angelina anita ann anna anne annette anthony antonio april
  arthur ashley audrey barbara barry beatrice becky ben benjamin bernard beth betty beverley bill billy blake bob bonnie brad
  bradley brandon brenda brendan brian bridget brittany bruce bryan caitlin callum calvin cameron carl carla carlos carmen
  carol caroline carolyn carrie catherine cathy charles charlie charlotte chelsea cheryl chloe chris christian christina
  christine christopher cindy claire clare colin connor conor craig crystal cynthia daisy dale dan daniel danielle danny darren
  dave david dawn dean debbie deborah debra declan denise dennis derek diana diane donald donna doris dorothy douglas duncan
  dylan eamon edward eileen elaine eleanor elizabeth ella ellen emily emma eric erica erin ethan eugene eva evelyn evie fergus
  fiona frances francis frank fred frederick gail gareth gary gavin gemma geoffrey george georgia gerald gerard gillian gina
  glen glenn gloria gordon grace graham grant greg gregory gwen hannah harold harriet harry hazel heather helen henry hilary
  holly howard hugh ian isaac isabel isabella jack jackie jacob jacqueline james jamie jan jane janet janice jasmine jason
  jean jeff jeffrey jennifer jenny jeremy jessica jill jim jimmy joan joanne joe joel john johnny jon jonathan jordan jose
  joseph josh joshua joy joyce juan judith judy julia julian julie june justin karen kate katherine kathleen kathryn katie
  kay keith kelly ken kenneth kerry kevin kim kimberly kirsty kyle larry laura lauren lawrence leah lee leo leonard lesley
  leslie lewis liam linda lindsay lisa liz lois lorraine louise lucy luis luke lynda lynn madeleine maggie malcolm mandy
  margaret maria marian marie marilyn mark martha martin mary matt matthew maureen megan melanie melissa michael michelle mick
  mike mildred miriam molly monica nancy naomi natalie nathan neil nicholas nick nicola nicole nigel noel norma norman oliver
  olivia owen pamela pat patricia patrick paul paula pauline peggy penny peter philip phillip phoebe phyllis rachel ralph
  randy ray raymond rebecca richard rick rita rob robert roberta robin rod roger ron ronald rosa rose rosemary ross roy ruby
  russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean seamus shane sharon shaun sheila shirley simon
  siobhan sophie stacey stanley stella stephanie stephen steve steven stewart stuart sue susan suzanne sylvia tara teresa
  terry theresa thomas tim timothy tina toby todd tom tommy tony tracey tracy trevor troy valerie vanessa vera veronica
  victor victoria vincent virginia walter wanda warren wayne wendy william willie yvonne zoe
  aoife ciara niamh siobhan sinead orla padraig seamus eoin cian oisin gwyn rhys dafydd gareth bryn iwan huw sian alun arwel
  gwenfyl hubert dorian doris owain emyr
  maria jose carmen lucia javier miguel alejandro sofia diego pablo manuel francisco jesus elena rosa luis carlos veronica
  griselda xochitl myra lydia
  phil pete ed jen val don ted bev deb jo les stu gav nat meg viv geoff doug
`);
